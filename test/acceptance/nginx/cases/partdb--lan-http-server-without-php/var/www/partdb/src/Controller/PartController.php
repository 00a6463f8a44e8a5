<?php
namespace App\Controller;
