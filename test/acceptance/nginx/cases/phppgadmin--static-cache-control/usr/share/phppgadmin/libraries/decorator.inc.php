<?php
// library stub
