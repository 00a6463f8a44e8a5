<?php
namespace App\Http\Controllers;

class AdminController extends Controller
{
}
