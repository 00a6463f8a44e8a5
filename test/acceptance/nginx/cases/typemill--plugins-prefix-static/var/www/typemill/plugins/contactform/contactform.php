<?php
namespace Plugins\contactform;
use Typemill\Plugin;
class contactform extends Plugin {}
