<?php
namespace Typemill\Models;
class Storage {}
