<?php
class Account {}
