<?php
// PHPMailer.
