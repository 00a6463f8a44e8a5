<?php
// Portfolio page.
