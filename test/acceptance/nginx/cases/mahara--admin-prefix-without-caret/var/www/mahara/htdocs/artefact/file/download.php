<?php
// Sends an uploaded file from dataroot.
