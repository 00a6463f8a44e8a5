<?php
namespace App\Services\Streamer\Adapters;
