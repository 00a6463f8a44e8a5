<?php
// placeholder: extension hooks of org.example.donate
