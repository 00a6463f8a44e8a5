<?php
namespace App;
