<?php
$samesite = 'strict';
if(PHP_VERSION_ID < 70300) {
    session_set_cookie_params('samesite='.$samesite);
} else {
    session_set_cookie_params(['samesite' => $samesite]);
}

session_start();

function login()
{
