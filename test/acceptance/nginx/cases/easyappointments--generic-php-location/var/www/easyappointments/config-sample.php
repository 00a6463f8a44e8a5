<?php
class Config
{
    const BASE_URL = 'http://localhost';
    const DB_PASSWORD = 'password';
}
