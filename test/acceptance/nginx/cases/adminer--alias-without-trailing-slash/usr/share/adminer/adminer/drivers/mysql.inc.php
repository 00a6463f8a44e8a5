<?php
// driver stand-in
