package org.hubatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HubAtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(HubAtlasApplication.class, args);
	}

}
