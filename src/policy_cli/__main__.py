from policy_cli.cli import run

run()
