<?php
class Config
{
    const BASE_URL = 'https://booking.example.com';
    const LANGUAGE = 'english';
    const DEBUG_MODE = false;

    const DB_HOST = 'localhost';
    const DB_NAME = 'easyappointments';
    const DB_USERNAME = 'easyappointments';
    const DB_PASSWORD = 'Bk7#pQ2mZr91';

    const GOOGLE_SYNC_FEATURE = true;
    const GOOGLE_CLIENT_ID = '1234567890-abc.apps.googleusercontent.com';
    const GOOGLE_CLIENT_SECRET = 'GOCSPX-s3cr3tV4lu3';
}
