<?php
// PHPMailer SMTP (placeholder)
