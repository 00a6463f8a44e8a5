<?php
namespace Plugins\search;
use Typemill\Plugin;
class search extends Plugin {}
