<?php
namespace Typemill\Models;
class User {}
