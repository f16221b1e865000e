from monitor.cli import cli

cli()
