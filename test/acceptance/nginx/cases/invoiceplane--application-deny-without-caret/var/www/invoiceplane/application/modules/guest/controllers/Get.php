<?php
defined('BASEPATH') OR exit('No direct script access allowed');
class Get extends Base_Controller {}
