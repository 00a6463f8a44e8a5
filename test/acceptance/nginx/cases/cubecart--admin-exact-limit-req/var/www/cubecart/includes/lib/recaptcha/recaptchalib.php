<?php
// captcha client
