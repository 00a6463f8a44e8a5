<?php
namespace App\Models;
class Song {}
