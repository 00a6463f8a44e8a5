<?php
namespace ProjectSend\Classes;

class Auth {}
