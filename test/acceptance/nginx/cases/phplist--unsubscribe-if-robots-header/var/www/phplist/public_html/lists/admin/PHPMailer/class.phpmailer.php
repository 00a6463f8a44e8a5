<?php
// PHPMailer (placeholder)
