from policy_cli.console import run

run()
