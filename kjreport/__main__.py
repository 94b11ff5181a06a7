from kjreport.cli import main

main()
