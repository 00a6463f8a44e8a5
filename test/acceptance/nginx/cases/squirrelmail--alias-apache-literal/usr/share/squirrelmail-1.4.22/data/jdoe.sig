Jane Doe
Example Org, accounts
+33 1 23 45 67 89
