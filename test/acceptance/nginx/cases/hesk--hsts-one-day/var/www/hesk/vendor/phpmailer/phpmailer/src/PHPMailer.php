<?php
namespace PHPMailer\PHPMailer;
class PHPMailer {}
