<?php
namespace Typemill\Models;
class License {}
