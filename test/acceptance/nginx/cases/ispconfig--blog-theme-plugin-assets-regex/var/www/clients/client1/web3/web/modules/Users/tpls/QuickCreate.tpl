<form name="UsersQuickCreate">{$fields.user_name.value}</form>
