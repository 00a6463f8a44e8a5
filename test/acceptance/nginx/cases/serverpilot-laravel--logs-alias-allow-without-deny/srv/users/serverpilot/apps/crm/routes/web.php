<?php

use Illuminate\Support\Facades\Route;

Route::get('/', fn () => view('welcome'));
Route::get('/contacts', [App\Http\Controllers\ContactController::class, 'index']);
