<?php
/* Plugin Name: Contact Form 7 */
