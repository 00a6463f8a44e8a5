<?php
// PayPal Standard provider
