<?php
namespace App\Entity;
