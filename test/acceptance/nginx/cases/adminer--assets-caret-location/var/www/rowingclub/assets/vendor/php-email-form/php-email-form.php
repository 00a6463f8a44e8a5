<?php
// Template library that sends the contact form mail (stand-in).
class PHP_Email_Form {}
