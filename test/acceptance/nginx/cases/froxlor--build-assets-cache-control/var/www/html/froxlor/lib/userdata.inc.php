<?php
return [
	'sql' => [
		'debug' => false,
		'host' => 'localhost',
		'user' => 'froxlor',
		'password' => 'Zr8q!vN2pT6wKx3m',
		'db' => 'froxlor',
	],
	'sql_root' => [
		'0' => [
			'caption' => 'Default',
			'host' => 'localhost',
			'user' => 'froxroot',
			'password' => 'b7Hs2LqW9eXc4Rn1',
		],
	],
];
