<?php
// public webform capture
