<?php
namespace App\Models\Contact;
