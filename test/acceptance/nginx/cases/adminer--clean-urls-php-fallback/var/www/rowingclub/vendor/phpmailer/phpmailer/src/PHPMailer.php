<?php
namespace PHPMailer\PHPMailer;
// stand-in
class PHPMailer {}
