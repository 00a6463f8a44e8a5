<?php
$cfgSources['staff'] = array(
    'title' => 'Staff directory',
    'type' => 'ldap',
    'params' => array(
        'server' => 'ldap.example.org',
        'tls' => true,
        'root' => 'ou=people,dc=example,dc=org',
        'bind_dn' => 'cn=horde,ou=services,dc=example,dc=org',
        'bind_password' => '4029bfa18e831ba821405e8e2f4ba418',
    ),
    'readonly' => true,
);
