from wpxl.cli import main

main()
