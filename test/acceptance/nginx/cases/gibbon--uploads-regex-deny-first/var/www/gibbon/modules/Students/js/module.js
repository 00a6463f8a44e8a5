// Students module
