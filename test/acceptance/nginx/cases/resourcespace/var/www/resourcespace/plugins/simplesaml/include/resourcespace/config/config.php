<?php
// SimpleSAMLphp settings used by the simplesaml plugin (stand-in).
$config = [
    'secretsalt' => '02e5dc0aa4023a90289e264e29fe758b',
    'auth.adminpassword' => '76b40d4f913e19e1e3eab397',
    'technicalcontact_email' => 'dam-admin@example.org',
];
