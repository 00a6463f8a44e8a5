<?php
namespace App\Http;
