<?php
// phpPgAdmin settings (Debian keeps them in /etc/phppgadmin/).
$conf['servers'][0]['desc'] = 'Intranet PostgreSQL';
$conf['servers'][0]['host'] = 'db1.corp.example.com';
$conf['servers'][0]['port'] = 5432;
$conf['servers'][0]['sslmode'] = 'require';
$conf['servers'][0]['defaultdb'] = 'template1';
$conf['servers'][0]['pg_dump_path'] = '/usr/bin/pg_dump';
$conf['servers'][0]['pg_dumpall_path'] = '/usr/bin/pg_dumpall';
$conf['default_lang'] = 'auto';
// refuse logins as postgres/root and logins without a password
$conf['extra_login_security'] = true;
$conf['owned_only'] = false;
$conf['show_system'] = false;
$conf['version'] = 19;
