<?php
// SnappyMail entry point
