<?php
class Conf
{
    private string $dbHost = 'localhost';
    private string $dbPort = '3306';
    private string $dbName = 'orangehrm';
    private string $dbUser = 'orangehrm';
    private string $dbPass = 'Hr-9rT2vQx7!';
}
