<?php
namespace App\Helpers;

class CryptoHelper
{
}
